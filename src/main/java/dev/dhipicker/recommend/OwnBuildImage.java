package dev.dhipicker.recommend;

/**
 * Which of a repository's own build images a {@link Recommender#recommendRepository repository
 * recommendation} pairs with the runtime image. Each falls back to the next kind the repository
 * has: the dev variant, a JDK dev image, the SDK image.
 */
public enum OwnBuildImage {
    /** The dev variant with the runtime's own qualifiers (the JRE's dev image for a JRE). */
    DEV,
    /** A JDK dev image ({@code eclipse-temurin:21-jdk-debian13-dev}). */
    JDK,
    /** The SDK image ({@code dotnet:10-sdk-debian13}). */
    SDK
}
