/**
 * The local Fluid service on its own, for trying the meeting by hand:
 *   npx tsx tools/fluid/main.ts            (FLUID_PORT to choose the port; default: a free one)
 * Prints the endpoint and the container registry to give the page; Ctrl+C stops it and removes its files.
 */
import { startLocalFluid } from './start-fluid';

const port = process.env.FLUID_PORT ? Number(process.env.FLUID_PORT) : undefined;
const fluid = await startLocalFluid(port !== undefined ? { port } : {});
console.log(`Local Fluid service: ${fluid.endpoint}`);
console.log(`Live Share container registry: ${fluid.registry}`);
const stop = (): void => {
  void fluid.stop().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
