package vn.thidua.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import javax.ws.rs.POST;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonRootName;
import com.fasterxml.jackson.annotation.JsonView;

import io.swagger.v3.oas.annotations.Operation;

class ApiJsonProviderTest {

    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonRootName("wrapped")
    @interface Wrapped {
    }

    @POST
    @Path("x")
    @Operation(summary = "only documentation")
    void documented() {
    }

    @POST
    @JsonView(Object.class)
    @Operation(summary = "a view")
    @Wrapped
    void viewed() {
    }

    @Test
    void onlyWhatJacksonReadsIsKept() throws NoSuchMethodException {
        Annotation[] documented = ApiJsonProviderTest.class.getDeclaredMethod("documented").getAnnotations();
        Annotation[] viewed = ApiJsonProviderTest.class.getDeclaredMethod("viewed").getAnnotations();

        assertThat(ApiJsonProvider.jacksons(documented)).isEmpty();
        assertThat(ApiJsonProvider.jacksons(viewed)).extracting(Annotation::annotationType)
                .containsExactly(JsonView.class, Wrapped.class);
        assertThat(ApiJsonProvider.jacksons(null)).isNull();
    }
}
