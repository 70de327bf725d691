package io.jifen.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;

/**
 * Binds the acting user ({@link ActingUser}) around every call of a feature service that receives one as a
 * parameter — the convention of ARCHITECTURE.md ("write services receive the acting user"). One place instead of a
 * line in every service method, so a new write path cannot forget it. The advice runs outside the transaction
 * (highest precedence) so that the commit, where JPA auditing and Envers stamp the rows, still sees the user.
 */
@Configuration(proxyBeanMethods = false)
class ActingUserAdvisor {

    /** Infrastructure role: the auto-proxy creator that applies @Transactional picks up only such advisors. */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor actingUserBinding() {
        MethodInterceptor bind = invocation -> {
            JifenUser user = Arrays.stream(invocation.getArguments()).filter(JifenUser.class::isInstance)
                    .map(JifenUser.class::cast).findFirst().orElse(null);
            if (user == null) {
                return invocation.proceed();
            }
            try (ActingUser.Scope ignored = ActingUser.bind(user)) {
                return invocation.proceed();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ServicesTakingTheUser(), bind);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Methods of our {@code @Service} classes with a {@link JifenUser} parameter. */
    static final class ServicesTakingTheUser extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return targetClass.getName().startsWith("io.jifen.")
                    && AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)
                    && Arrays.asList(method.getParameterTypes()).contains(JifenUser.class);
        }
    }
}
