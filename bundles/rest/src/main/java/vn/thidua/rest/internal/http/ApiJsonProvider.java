package vn.thidua.rest.internal.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import com.fasterxml.jackson.jaxrs.json.JsonEndpointConfig;

/**
 * Jackson's JAX-RS provider, keyed on the annotations that can change its reader or writer only.
 * The provider looks its endpoint configuration up by every annotation of the resource method, hashed
 * anew for each body: the OpenAPI annotations ({@code @Operation} with its nested {@code @RequestBody},
 * {@code @Content}, {@code @Schema}) made that hash a twentieth of a validation's time. Only Jackson's
 * own annotations ({@code @JsonView}, {@code @JsonRootName}, {@code @JacksonFeatures}, and those marked
 * {@code @JacksonAnnotationsInside}) enter the configuration, so only they are passed on: the same
 * configuration for every method, found by a cheap key.
 */
@Provider
@Consumes(MediaType.WILDCARD)
@Produces({MediaType.APPLICATION_JSON, "text/json", MediaType.WILDCARD})
public final class ApiJsonProvider extends JacksonJsonProvider {

    private static final Annotation[] NONE = new Annotation[0];

    public ApiJsonProvider(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    protected JsonEndpointConfig _endpointForWriting(Object value, Class<?> type, Type genericType,
            Annotation[] annotations, MediaType mediaType, MultivaluedMap<String, Object> httpHeaders) {
        return super._endpointForWriting(value, type, genericType, jacksons(annotations), mediaType, httpHeaders);
    }

    @Override
    protected JsonEndpointConfig _endpointForReading(Class<Object> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> httpHeaders) {
        return super._endpointForReading(type, genericType, jacksons(annotations), mediaType, httpHeaders);
    }

    /** The annotations Jackson's endpoint configuration reads; most often none. */
    static Annotation[] jacksons(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        int kept = 0;
        for (Annotation annotation : annotations) {
            if (jackson(annotation)) {
                kept++;
            }
        }
        if (kept == annotations.length) {
            return annotations;
        }
        if (kept == 0) {
            return NONE;
        }
        Annotation[] jacksons = new Annotation[kept];
        int i = 0;
        for (Annotation annotation : annotations) {
            if (jackson(annotation)) {
                jacksons[i++] = annotation;
            }
        }
        return jacksons;
    }

    private static boolean jackson(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return type.getName().startsWith("com.fasterxml.jackson.") || type.isAnnotationPresent(JacksonAnnotationsInside.class);
    }
}
