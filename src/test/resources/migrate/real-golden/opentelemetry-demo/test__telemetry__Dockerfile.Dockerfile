# Copyright The OpenTelemetry Authors
# SPDX-License-Identifier: Apache-2.0

# dhi-picker: was python:3.12-alpine@sha256:236173eb74001afe2f60862de935b74fcbd00adfca247b2c27051a70a6a39a2d; the build steps run in this -dev stage
FROM dhi.io/python:3.12-alpine3.24-dev AS build
# dhi-picker: a virtual environment that the runtime stage copies
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt

COPY . /tests
WORKDIR /tests

ENTRYPOINT ["pytest"]
CMD ["--tb=short", "-v"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/python:3.12-alpine3.24
WORKDIR /tests
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY --from=build /tests /tests
ENTRYPOINT ["pytest"]
CMD ["--tb=short", "-v"]
