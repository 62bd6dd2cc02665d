package care.whatmatters;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** WhatMatters: one record, one plan and one flow for personalised care. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WhatMattersApplication {

    public static void main(String[] args) {
        SpringApplication.run(WhatMattersApplication.class, args);
    }
}
