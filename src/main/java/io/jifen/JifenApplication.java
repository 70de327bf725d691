package io.jifen;

import io.jifen.migration.MigrateOnly;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JifenApplication {

    public static void main(String[] args) {
        if (MigrateOnly.requested(args)) {
            // the release's schema migration (Helm hook Job): Liquibase with the migration user, then exit
            System.exit(MigrateOnly.run(args));
        }
        SpringApplication.run(JifenApplication.class, args);
    }
}
