/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.agents;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.StreamingChatModel;
import org.springframework.ai.chat.observation.ChatModelObservationConvention;
import org.springframework.ai.chat.observation.DefaultChatModelObservationConvention;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.util.ReflectionTestUtils;

import ai.cohesivity.agents.AgentChatClient;
import ai.cohesivity.agents.CodexClient;
import ai.cohesivity.agents.ManagedAgentChatModel;
import ai.cohesivity.agents.ManagedAgentsClient;
import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.management.ManagementApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link CohesivityAgentsAutoConfiguration}.
 */
class CohesivityAgentsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(CohesivityAutoConfiguration.class, CohesivityAgentsAutoConfiguration.class))
		.withPropertyValues("cohesivity.emulator.enabled=false", "cohesivity.credentials-file=build/no-such-file",
				"cohesivity.base-url=http://127.0.0.1:9", "cohesivity.management-key=coh_man_0123456789abcdefghij",
				"cohesivity.application-key=coh_app_abcdefghij0123456789");

	@Test
	void createsTheClientsAndASpringAiChatModel() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(ManagedAgentsClient.class)
				.hasSingleBean(CodexClient.class)
				.hasSingleBean(AgentChatClient.class)
				.hasSingleBean(ManagedAgentChatModel.class)
				.hasSingleBean(ChatModel.class)
				.hasSingleBean(StreamingChatModel.class);
			assertThat(context.getBean(ChatModel.class)).isSameAs(context.getBean(StreamingChatModel.class));
		});
	}

	@Test
	void chatClientHasItsOwnReadTimeoutAndTheApplicationsTokens() {
		this.contextRunner.withPropertyValues("cohesivity.agents.read-timeout=150s").run((context) -> {
			AgentChatClient chat = context.getBean(AgentChatClient.class);
			EdgeClient edge = (EdgeClient) ReflectionTestUtils.getField(chat, "edgeClient");
			assertThat(edge).isNotSameAs(context.getBean(EdgeClient.class));
			assertThat(edge.toString()).contains("credential=session-token");
			assertThat(context.getBean(CohesivityAgentsProperties.class).getReadTimeout())
				.isEqualTo(Duration.ofSeconds(150));
		});
	}

	@Test
	void usesTheApplicationsObservationConvention() {
		this.contextRunner.withUserConfiguration(ConventionConfiguration.class).run((context) -> {
			ManagedAgentChatModel chatModel = context.getBean(ManagedAgentChatModel.class);
			assertThat(ReflectionTestUtils.getField(chatModel, "observationConvention"))
				.isSameAs(context.getBean(ChatModelObservationConvention.class));
		});
	}

	@Test
	void backsOffFromTheApplicationsBeans() {
		this.contextRunner.withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context).hasSingleBean(ChatModel.class).doesNotHaveBean(ManagedAgentChatModel.class);
			assertThat(context.getBean(ManagedAgentsClient.class)).isSameAs(context.getBean("userAgents"));
			assertThat(context.getBean(CodexClient.class)).isSameAs(context.getBean("userCodex"));
		});
	}

	@Test
	void disabledByProperty() {
		this.contextRunner.withPropertyValues("cohesivity.agents.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ManagedAgentsClient.class)
				.doesNotHaveBean(CodexClient.class)
				.doesNotHaveBean(AgentChatClient.class)
				.doesNotHaveBean(ChatModel.class)
				.hasSingleBean(ManagementApi.class));
	}

	@Test
	void withoutTheCohesivityClientsNothingIsCreated() {
		this.contextRunner.withPropertyValues("cohesivity.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ManagedAgentsClient.class)
				.doesNotHaveBean(AgentChatClient.class));
	}

	@Test
	void withoutSpringAiThereIsNoChatModelButTheClientsStay() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ChatModel.class))
			.run((context) -> assertThat(context).hasSingleBean(AgentChatClient.class)
				.hasSingleBean(ManagedAgentsClient.class)
				.doesNotHaveBean(ManagedAgentChatModel.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		@Bean
		ChatModel userChatModel() {
			return mock(ChatModel.class);
		}

		@Bean
		ManagedAgentsClient userAgents(ManagementApi api) {
			return new ManagedAgentsClient(api);
		}

		@Bean
		CodexClient userCodex(ManagementApi api) {
			return new CodexClient(api);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConventionConfiguration {

		@Bean
		ChatModelObservationConvention customConvention() {
			return new DefaultChatModelObservationConvention();
		}

	}

}
