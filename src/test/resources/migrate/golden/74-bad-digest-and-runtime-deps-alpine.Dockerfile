FROM python:3.12-slim-bookworm@sha256:abc AS tools
RUN pip install pre-commit

# dhi-picker: was mcr.microsoft.com/dotnet/sdk:10.0-alpine
FROM dhi.io/dotnet:10-sdk-alpine3.24 AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-musl-x64 --self-contained -o /out

# dhi-picker: was mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine
FROM dhi.io/dotnet:10-alpine3.24
COPY --from=build /out /app
ENTRYPOINT ["/app/Worker"]
