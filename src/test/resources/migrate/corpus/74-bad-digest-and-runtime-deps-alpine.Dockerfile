FROM python:3.12-slim-bookworm@sha256:abc AS tools
RUN pip install pre-commit

FROM mcr.microsoft.com/dotnet/sdk:10.0-alpine AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-musl-x64 --self-contained -o /out

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine
COPY --from=build /out /app
ENTRYPOINT ["/app/Worker"]
