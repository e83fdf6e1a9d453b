# syntax=docker/dockerfile:1
# Learn about building .NET container images:
# https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
# dhi-picker: was mcr.microsoft.com/dotnet/sdk:10.0-azurelinux3.0-aot
FROM dhi.io/dotnet:10-sdk-debian13 AS build
WORKDIR /source

# Build the app
COPY --link . .
RUN --mount=type=cache,target=/root/.nuget \
    --mount=type=cache,target=/source/bin \
    --mount=type=cache,target=/source/obj \
    dotnet publish -o /app releasesapi.csproj \
        && rm /app/*.dbg /app/*.Development.json

# Final stage/image
# dhi-picker: was mcr.microsoft.com/dotnet/runtime-deps:10.0-azurelinux3.0-distroless-extra
FROM dhi.io/dotnet:10-debian13
WORKDIR /app
COPY --link --from=build /app .
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
USER $APP_UID
ENTRYPOINT ["./releasesapi"]
