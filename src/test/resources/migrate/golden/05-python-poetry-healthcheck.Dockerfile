# dhi-picker: was python:3.12-bookworm; the build steps run in this -dev stage
FROM dhi.io/python:3.12-debian13-dev AS build
# dhi-picker: a virtual environment that the runtime stage copies
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
ENV POETRY_VIRTUALENVS_CREATE=false
WORKDIR /code
COPY pyproject.toml poetry.lock ./
RUN pip install poetry && poetry install --no-root
COPY . .
HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8000/health || exit 1
ENTRYPOINT ["python", "main.py"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/python:3.12-debian13
WORKDIR /code
ENV POETRY_VIRTUALENVS_CREATE=false
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY --from=build /code /code
HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8000/health || exit 1
ENTRYPOINT ["python", "main.py"]
