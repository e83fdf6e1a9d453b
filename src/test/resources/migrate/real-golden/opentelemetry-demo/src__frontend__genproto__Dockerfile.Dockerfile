# Copyright The OpenTelemetry Authors
# SPDX-License-Identifier: Apache-2.0

# dhi-picker: was docker.io/library/node:25.9.0-alpine@sha256:bdf2cca6fe3dabd014ea60163eca3f0f7015fbd5c7ee1b0e9ccb4ced6eb02ef4; the build steps run in this -dev stage
FROM dhi.io/node:26-alpine3.24-dev AS build

WORKDIR /app

RUN apk update && \
    apk add --no-cache libc6-compat protobuf-dev protoc

COPY ./pb/ /build/pb/

COPY ./src/frontend/package.json package.json
COPY ./src/frontend/package-lock.json package-lock.json

RUN npm ci

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/node:26-alpine3.24
WORKDIR /app
COPY --from=build /app /app
COPY ./pb/ /build/pb/
