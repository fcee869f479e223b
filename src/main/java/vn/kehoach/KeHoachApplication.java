package vn.kehoach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.TimeZone;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class KeHoachApplication {

    static {
        // Every user works on Vietnam's clock: times on pages and in exports (submitted at, accepted at) read in it,
        // whatever the server's own zone. The database keeps instants (timestamptz, JDBC in UTC).
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
    }

    public static void main(String[] args) {
        SpringApplication.run(KeHoachApplication.class, args);
    }
}
