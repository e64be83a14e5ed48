# syntax=docker/dockerfile:1
# Thuis in production: `docker compose up -d` (compose.yaml, with PostgreSQL), or this image alone with
# DATABASE_URL (without it the embedded PGlite database lives in the /data volume). See docs/deployment.md.
# apps/server/src/deploy/dockerfile.test.ts runs the runtime stage's steps in a clean folder.

# Build stage: all dependencies, then the server bundle (esbuild) and the web app (Vite, precompressed).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY packages/domain/package.json packages/domain/
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY e2e/package.json e2e/
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime stage: Node and the server's production dependencies only, the built output, no sources.
FROM node:20-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json /app/.npmrc ./
COPY --from=build /app/packages/domain/package.json packages/domain/
COPY --from=build /app/apps/server/package.json apps/server/
COPY --from=build /app/apps/web/package.json apps/web/
COPY --from=build /app/e2e/package.json e2e/
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --workspace apps/server --no-audit --no-fund
COPY --from=build /app/apps/server/dist apps/server/dist
COPY --from=build /app/apps/web/dist apps/web/dist
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/server/dist/main.js"]
