# Build stage: the Maven wrapper fetches Maven and the dependencies from Maven Central.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -Dmaven.test.skip=true

# Run stage: only the JRE and the application, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app app
WORKDIR /app
COPY --from=build /src/target/kehoach-bdg-*.jar /app/app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
