package io.jifen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JifenApplication {

    public static void main(String[] args) {
        SpringApplication.run(JifenApplication.class, args);
    }
}
