package vn.thidua.importer.rest.internal;

import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;

import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.osgi.service.component.annotations.Component;

/** Jersey's multipart support, added to the REST facade's application for the upload. */
@Component(service = Feature.class, property = "osgi.jaxrs.extension=true")
public final class MultiPartExtension implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        return new MultiPartFeature().configure(context);
    }
}
