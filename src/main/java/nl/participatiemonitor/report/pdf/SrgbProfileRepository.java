package nl.participatiemonitor.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;

import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

/**
 * Serves the JDK's own sRGB ICC profile to JasperReports under {@link #LOCATION}, for the PDF/A output intent, so
 * no profile file has to be shipped or found on disk.
 */
final class SrgbProfileRepository implements RepositoryService {

    static final String LOCATION = "participatiemonitor:jdk/sRGB.icc";

    private final byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    @Override
    public Resource getResource(String uri) {
        return getResource(uri, Resource.class);
    }

    @Override
    public <K extends Resource> K getResource(String uri, Class<K> resourceType) {
        if (!LOCATION.equals(uri) || !resourceType.isAssignableFrom(InputStreamResource.class)) {
            return null;
        }
        InputStreamResource resource = new InputStreamResource();
        resource.setName(LOCATION);
        resource.setInputStream(new ByteArrayInputStream(profile));
        return resourceType.cast(resource);
    }

    @Override
    public void saveResource(String uri, Resource resource) {
        throw new UnsupportedOperationException("The sRGB profile is read-only");
    }
}
