ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was node:14.9-alpine; the build steps run in this -dev stage
FROM dhi.io/node:22-alpine3.24-dev AS build

WORKDIR /app
EXPOSE 8080
CMD ["npm", "run", "dev"]

COPY package* ./
# examples don't use package-lock.json to minimize updates 
RUN npm install --no-package-lock
COPY . .

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/node:22-alpine3.24
WORKDIR /app
COPY --from=build /app /app
EXPOSE 8080
CMD ["npm", "run", "dev"]
