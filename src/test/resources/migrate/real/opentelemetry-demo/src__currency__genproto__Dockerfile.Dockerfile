# Copyright The OpenTelemetry Authors
# SPDX-License-Identifier: Apache-2.0
# Copyright 2023 The OpenTelemetry Authors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

FROM docker.io/library/alpine:3.24.1@sha256:28bd5fe8b56d1bd048e5babf5b10710ebe0bae67db86916198a6eec434943f8b AS builder

RUN apk update && \
    apk add git cmake make g++ grpc-dev protobuf-dev linux-headers

WORKDIR /currency

COPY ./src/currency/genproto/CMakeLists.txt genproto/CMakeLists.txt
COPY ./src/currency/proto/ proto/

COPY ./pb/demo.proto proto/demo.proto

RUN mkdir -p build && cd build \
    && cmake ../genproto \
    && make -j$(nproc || sysctl -n hw.ncpu || echo 1) demo-proto
