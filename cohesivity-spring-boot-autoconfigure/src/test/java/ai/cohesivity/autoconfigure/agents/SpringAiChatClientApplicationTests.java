/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.agents;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.observation.ChatModelObservationContext;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ai.cohesivity.agents.AgentPlan;
import ai.cohesivity.agents.ManagedAgentsClient;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.management.ManagementApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that talks to the managed agent through Spring AI's public API only: a
 * {@link ChatClient} over the auto-configured {@link ChatModel}, against the emulator.
 */
@SpringBootTest(classes = SpringAiChatClientApplicationTests.AgentApplication.class,
		properties = { "cohesivity.emulator.enabled=false", "cohesivity.credentials-file=target/none/.cohesivity" })
class SpringAiChatClientApplicationTests {

	private static final CohesivityEmulator emulator = CohesivityEmulator.builder().start();

	private static final EmulatorTenant tenant = emulator.createTenant();

	private static final List<Observation.Context> observed = new CopyOnWriteArrayList<>();

	@Autowired
	private ChatModel chatModel;

	@DynamicPropertySource
	static void cohesivity(DynamicPropertyRegistry registry) {
		emulator.admin().approveClaim(tenant.tenantId());
		new ManagedAgentsClient(
				ManagementApi.builder(CohesivityConnection.of(emulator.baseUrl(), tenant.managementKey(), null))
					.build())
			.provision(AgentPlan.STARTER)
			.block(Duration.ofSeconds(20));
		registry.add("cohesivity.base-url", emulator::baseUrl);
		registry.add("cohesivity.management-key", tenant::managementKey);
		registry.add("cohesivity.application-key", tenant::applicationKey);
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void clearObservations() {
		observed.clear();
	}

	@Test
	void aChatClientGetsTheAgentsWholeReply() {
		ChatClient chatClient = ChatClient.builder(this.chatModel).build();
		ChatResponse response = chatClient.prompt()
			.system("You are helpful")
			.user("What is Cohesivity?")
			.options(ChatOptions.builder().temperature(0.3).maxTokens(200))
			.call()
			.chatResponse();
		assertThat(response.getResult().getOutput().getText())
			.isEqualTo("Emulated Hermes agent received 2 message(s). You said: What is Cohesivity?");
		assertThat(response.getMetadata().getModel()).isEqualTo("openai/gpt-5.4");
		assertThat(response.getMetadata().getUsage().getTotalTokens()).isPositive();
		assertThat((String) response.getMetadata().get("x-cohesivity-model-source")).isNotBlank();
		assertThat(chatObservations()).singleElement().satisfies((context) -> {
			assertThat(context.getLowCardinalityKeyValues().stream().map(KeyValue::getValue)).contains("cohesivity",
					"openai/gpt-5.4");
			assertThat(context.getHighCardinalityKeyValues().stream().map(KeyValue::getValue)).contains("0.3", "200");
		});
	}

	@Test
	void aChatClientStreamsTheAgentsReply() {
		ChatClient chatClient = ChatClient.builder(this.chatModel).build();
		List<String> pieces = chatClient.prompt()
			.user("Stream it")
			.stream()
			.content()
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(pieces).hasSizeGreaterThan(3);
		assertThat(String.join("", pieces)).isEqualTo(chatClient.prompt().user("Stream it").call().content());
		assertThat(chatObservations()).hasSize(2).anySatisfy((context) -> assertThat(context.isStreaming()).isTrue());
	}

	private static List<ChatModelObservationContext> chatObservations() {
		return observed.stream()
			.filter(ChatModelObservationContext.class::isInstance)
			.map(ChatModelObservationContext.class::cast)
			.toList();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class AgentApplication {

		@Bean
		ObservationRegistry observationRegistry() {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new ObservationHandler<>() {

				@Override
				public boolean supportsContext(Observation.Context context) {
					return true;
				}

				@Override
				public void onStop(Observation.Context context) {
					observed.add(context);
				}

			});
			return registry;
		}

	}

}
