package ai.cohesivity.emulator.routes;

import org.springframework.core.codec.ByteArrayEncoder;
import org.springframework.core.codec.CharSequenceEncoder;
import org.springframework.core.codec.DataBufferDecoder;
import org.springframework.core.codec.DataBufferEncoder;
import org.springframework.http.codec.DecoderHttpMessageReader;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.handler.WebFluxResponseStatusExceptionHandler;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;

/**
 * The few codecs the emulator uses — it writes JSON itself as bytes — instead of WebFlux'
 * defaults: faster to start and less to search through on every response.
 */
final class EmulatorHandlerStrategies {

	private EmulatorHandlerStrategies() {
	}

	static HandlerStrategies create() {
		return HandlerStrategies.empty().codecs((codecs) -> {
			codecs.registerDefaults(false);
			codecs.customCodecs().register(new EncoderHttpMessageWriter<>(new ByteArrayEncoder()));
			codecs.customCodecs().register(new EncoderHttpMessageWriter<>(new DataBufferEncoder()));
			codecs.customCodecs().register(new EncoderHttpMessageWriter<>(CharSequenceEncoder.allMimeTypes()));
			codecs.customCodecs().register(new DecoderHttpMessageReader<>(new DataBufferDecoder()));
		})
			.exceptionHandler(new WebFluxResponseStatusExceptionHandler())
			.localeContextResolver(new AcceptHeaderLocaleContextResolver())
			.build();
	}

}
