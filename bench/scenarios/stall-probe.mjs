// Preloaded into the app process by the api/scale benchmarks (node --import): the longest
// event-loop stall since the last reset, asked for over the IPC channel.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
process.on('message', (message) => {
  if (message === 'stall:reset') histogram.reset();
  if (message === 'stall:read') process.send?.({ stallMs: histogram.max / 1e6 });
});
// The IPC channel must not keep the app alive after it closed its server.
process.channel?.unref();
