ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was node:14.9-alpine; the build steps run in this -dev stage
FROM dhi.io/node:22-alpine3.24-dev AS build

USER node
RUN mkdir /home/node/app
WORKDIR /home/node/app

EXPOSE 3000
ARG ENV=production
ENV NODE_ENV $ENV
CMD npm run $NODE_ENV

COPY --chown=node:node package* ./
# examples don't use package-lock.json to minimize updates 
RUN npm install --no-package-lock
COPY --chown=node:node . .

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/node:22-alpine3.24
WORKDIR /home/node/app
ARG ENV=production
ENV NODE_ENV $ENV
COPY --from=build /home/node/app /home/node/app
USER node
EXPOSE 3000
CMD npm run $NODE_ENV
