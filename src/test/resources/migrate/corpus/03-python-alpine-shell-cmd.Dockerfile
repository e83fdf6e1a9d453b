FROM python:3.11-alpine
WORKDIR /srv
COPY . .
RUN pip install .
EXPOSE 8000
CMD gunicorn --bind 0.0.0.0:8000 app:app
