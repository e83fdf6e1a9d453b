# Learn about building .NET container images:
# https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
# dhi-picker: was mcr.microsoft.com/dotnet/sdk:10.0
FROM --platform=$BUILDPLATFORM dhi.io/dotnet:10-sdk-debian13 AS build
ARG TARGETARCH
WORKDIR /source

# Copy project file and restore as distinct layers
COPY --link *.csproj .
RUN dotnet restore -a $TARGETARCH

# Copy source code and publish app
COPY --link . .
RUN dotnet publish -a $TARGETARCH --no-restore -o /app


# Runtime stage
# dhi-picker: was mcr.microsoft.com/dotnet/runtime:10.0
FROM dhi.io/dotnet:10-debian13
WORKDIR /app
COPY --link --from=build /app .
USER $APP_UID
ENTRYPOINT ["./dotnetapp"]
