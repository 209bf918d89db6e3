package com.fours.dms.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port for every @QuarkusTest; the mailer sends to it.
 * Tests get it with {@code @GreenMailServer.Inject GreenMail mail;} and read what really arrived.
 */
@QuarkusTestResource(GreenMailServer.Lifecycle.class)
public class GreenMailServer {
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {}

    public static class Lifecycle implements QuarkusTestResourceLifecycleManager {
        private GreenMail greenMail;

        @Override
        public Map<String, String> start() {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            greenMail.start();
            return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()));
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(greenMail, new TestInjector.AnnotatedAndMatchesType(Inject.class, GreenMail.class));
        }

        @Override
        public void stop() {
            if (greenMail != null) {
                greenMail.stop();
            }
        }
    }
}
