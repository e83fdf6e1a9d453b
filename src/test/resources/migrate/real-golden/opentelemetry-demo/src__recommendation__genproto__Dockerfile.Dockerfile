# Copyright The OpenTelemetry Authors
# SPDX-License-Identifier: Apache-2.0

# dhi-picker: was docker.io/library/python:3.14.7-slim-bookworm@sha256:23c59390fc717bf09f9336908199a0ae75d9c4264bf296123f94ad772fea3b52; the build steps run in this -dev stage
FROM dhi.io/python:3.14-debian13-dev AS build
# dhi-picker: a virtual environment that the runtime stage copies
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

WORKDIR /build

COPY ./src/recommendation/genproto/requirements.txt requirements.txt

RUN python -m pip install --no-cache-dir --require-hashes -r requirements.txt

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/python:3.14-debian13
WORKDIR /build
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY --from=build /build /build
