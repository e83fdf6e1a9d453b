ARG BASE_PREFIX=mirror.gcr.io/library/
FROM nginx:stable
