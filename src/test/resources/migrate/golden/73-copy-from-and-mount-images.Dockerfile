# syntax=docker/dockerfile:1
# dhi-picker: was python:3.12-slim-bookworm
FROM dhi.io/python:3.12-debian13-dev AS build
# dhi-picker: was ghcr.io/astral-sh/uv:0.5
COPY --from=dhi.io/uv:0-debian13-dev /uv /uvx /bin/
WORKDIR /app
RUN --mount=type=cache,target=/root/.cache/uv \
    --mount=type=bind,source=uv.lock,target=uv.lock \
    uv sync --frozen --no-install-project

# dhi-picker: was python:3.12-slim-bookworm
FROM dhi.io/python:3.12-debian13
COPY --from=build /app/.venv /app/.venv
ENV PATH="/app/.venv/bin:$PATH"
COPY . /app
CMD ["python", "-m", "app"]
