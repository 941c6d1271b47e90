/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.agents;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.observation.ChatModelObservationConvention;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ai.cohesivity.agents.AgentChatClient;
import ai.cohesivity.agents.CodexClient;
import ai.cohesivity.agents.ManagedAgentChatModel;
import ai.cohesivity.agents.ManagedAgentsClient;
import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.CohesivityProperties;
import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.management.ManagementApi;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the managed-agents clients ({@code cohesivity.agents.*}): the
 * {@link ManagedAgentsClient} and {@link CodexClient} on the control plane, the
 * {@link AgentChatClient} on the data plane (its own read timeout, the application's edge
 * tokens), and, when Spring AI's {@code spring-ai-model} is on the classpath, a Spring AI
 * {@link ChatModel} backed by the agent ({@link ManagedAgentChatModel}), observed through
 * the application's {@link ObservationRegistry}.
 */
@AutoConfiguration(after = CohesivityAutoConfiguration.class)
@ConditionalOnBean({ ManagementApi.class, CohesivityClientConfigurer.class })
@ConditionalOnBooleanProperty(name = "cohesivity.agents.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CohesivityAgentsProperties.class)
public final class CohesivityAgentsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ManagedAgentsClient cohesivityManagedAgentsClient(ManagementApi managementApi) {
		return new ManagedAgentsClient(managementApi);
	}

	@Bean
	@ConditionalOnMissingBean
	CodexClient cohesivityCodexClient(ManagementApi managementApi, CohesivityAgentsProperties properties) {
		return new CodexClient(managementApi, properties.getCodex().getPollInterval(),
				properties.getCodex().getTimeout());
	}

	@Bean
	@ConditionalOnMissingBean
	AgentChatClient cohesivityAgentChatClient(CohesivityConnection connection, CohesivityClientConfigurer configurer,
			ObjectProvider<EdgeTokenProvider> tokenProvider, CohesivityProperties cohesivityProperties,
			CohesivityAgentsProperties properties) {
		AgentChatClient.Builder builder = AgentChatClient.builder(connection)
			.configurer(configurer)
			.readTimeout(properties.getReadTimeout());
		EdgeTokenProvider tokens = tokenProvider.getIfAvailable();
		if (!cohesivityProperties.getEdge().isSessionTokens()) {
			builder.sessionTokens(false);
		}
		else if (tokens != null) {
			builder.tokenProvider(tokens);
		}
		return builder.build();
	}

	/**
	 * A Spring AI {@link ChatModel} backed by the agent, unless the application has a
	 * {@code ChatModel} of its own.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ChatModel.class)
	static class SpringAiConfiguration {

		@Bean
		@ConditionalOnMissingBean(ChatModel.class)
		ManagedAgentChatModel cohesivityManagedAgentChatModel(AgentChatClient agentChatClient,
				ObjectProvider<ObservationRegistry> observationRegistry,
				ObjectProvider<ChatModelObservationConvention> observationConvention) {
			ManagedAgentChatModel chatModel = new ManagedAgentChatModel(agentChatClient, ChatOptions.builder().build(),
					observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP));
			observationConvention.ifAvailable(chatModel::setObservationConvention);
			return chatModel;
		}

	}

}
