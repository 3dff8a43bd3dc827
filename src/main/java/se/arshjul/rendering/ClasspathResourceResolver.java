package se.arshjul.rendering;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Lets FOP read {@code classpath:} URIs (the fonts and anything else named in fop.xconf)
 * and nothing else: no files, no network, and no writing.
 */
final class ClasspathResourceResolver implements ResourceResolver {

	static final String SCHEME = "classpath";

	private final ClassLoader classLoader;

	ClasspathResourceResolver(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public Resource getResource(URI uri) throws IOException {
		if (!SCHEME.equals(uri.getScheme())) {
			throw new IOException("Only classpath: resources may be read while rendering, not " + uri);
		}
		String path = uri.getSchemeSpecificPart();
		while (path.startsWith("/")) {
			path = path.substring(1);
		}
		InputStream in = this.classLoader.getResourceAsStream(path);
		if (in == null) {
			throw new FileNotFoundException("No classpath resource " + uri);
		}
		return new Resource(in);
	}

	@Override
	public OutputStream getOutputStream(URI uri) throws IOException {
		throw new IOException("Rendering may not write resources, not " + uri);
	}

}
