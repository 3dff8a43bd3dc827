# Builds the Årshjul application image (used by docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 1001 arshjul
COPY --from=build /src/target/arshjul-*.jar /app/arshjul.jar
USER arshjul
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/arshjul.jar"]
