# Learn about building .NET container images:
# https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
# dhi-picker: was mcr.microsoft.com/dotnet/sdk:10.0-azurelinux3.0
FROM --platform=$BUILDPLATFORM dhi.io/dotnet:10-sdk-debian13 AS build
ARG TARGETARCH
WORKDIR /source

# Copy project file and restore as distinct layers
COPY --link *.csproj .
RUN dotnet restore -a $TARGETARCH

# Copy source code and publish app
COPY --link . .
RUN dotnet publish -a $TARGETARCH -o /app


# Runtime stage
# dhi-picker: was mcr.microsoft.com/dotnet/runtime-deps:10.0-azurelinux3.0-distroless-extra
FROM dhi.io/dotnet:10-debian13

# https://www.gnu.org/software/gettext/manual/html_node/Locale-Environment-Variables.html
ENV \
    LC_ALL=en_US.UTF-8 \
    LANG=en_US.UTF-8

WORKDIR /app
COPY --link --from=build /app .
USER $APP_UID
ENTRYPOINT ["./globalapp"]
