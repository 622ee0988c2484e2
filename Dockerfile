# Rounds: OTLP error receiver + investigator. Multi-stage: build with dev dependencies, run
# with production dependencies only, as a non-root user, under an init process.
# (Not built on the project's machines: they have no Docker engine.)
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY proto ./proto
COPY bin ./bin
COPY web ./web
# npm ci runs `prepare`, which builds dist/ (the compiled server and the web console).
RUN npm ci --no-audit --no-fund

FROM node:24.21.0-bookworm-slim
# tini as PID 1: forwards SIGTERM to Rounds (graceful shutdown) and reaps the children that
# the `command` diagnoser starts.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
# MALLOC_MMAP_THRESHOLD_: every buffer of 64 KiB or more is its own mapping, returned to the
# system when freed, so memory taken by a spike of big requests leaves (README, "Memory").
ENV NODE_ENV=production \
    MALLOC_MMAP_THRESHOLD_=65536 \
    ROUNDS_DATA_DIR=/var/lib/rounds \
    NOTIFICATION_OUTPUT_DIR=/var/lib/rounds/reports \
    API_HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would rebuild dist/, which comes from the build stage.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY proto ./proto
RUN mkdir -p /var/lib/rounds && chown -R node:node /var/lib/rounds
USER node
VOLUME ["/var/lib/rounds"]
# 4317 OTLP/gRPC, 4318 OTLP/HTTP, 4320 API (health, metrics, management).
EXPOSE 4317 4318 4320
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.ROUNDS_API_PORT||4320)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# An 8 MB young-generation semi-space (V8's default here is 16 MB) keeps peak RSS down; 4 MB was
# too small for error storms of large JSON exports (bench/rounds-node-flags.ts, README, Memory).
ENTRYPOINT ["/usr/bin/tini", "--", "node", "--max-semi-space-size=8", "bin/rounds.js"]
CMD ["serve"]
