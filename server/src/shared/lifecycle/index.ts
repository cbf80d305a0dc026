export { gracefulShutdown, type ShutdownOptions } from './graceful-shutdown.js';
