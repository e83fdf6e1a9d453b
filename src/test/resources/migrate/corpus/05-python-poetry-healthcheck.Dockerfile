FROM python:3.12-bookworm
ENV POETRY_VIRTUALENVS_CREATE=false
WORKDIR /code
COPY pyproject.toml poetry.lock ./
RUN pip install poetry && poetry install --no-root
COPY . .
HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8000/health || exit 1
ENTRYPOINT ["python", "main.py"]
