ARG BASE_PREFIX=mirror.gcr.io/library/
# syntax=docker/dockerfile:1.0.0-experimental

# dhi-picker: was mirror.gcr.io/library/alpine:3
FROM dhi.io/alpine-base:3.24-alpine3.24-dev

# https://github.com/tonistiigi/buildkit/blob/1604b1b9ed70bcbc002033d8dd0e65ab13f13554/client/llb/exec.go#L138
RUN --mount=type=ssh ls /run/buildkit/ssh_agent.*
