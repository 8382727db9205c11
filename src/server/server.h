/* The DICOM server: the listener, one thread per association up to
 * MaxAssociations (or, in debug mode, one association at a time in the
 * calling thread), association admission (AE checks, the limit), and the
 * command loop that hands each DIMSE request to its service. */
#ifndef DG_SERVER_SERVER_H
#define DG_SERVER_SERVER_H

struct config;

/* Serve until SIGTERM or SIGINT. debug = `dgate -b`: no threads. Returns
 * the process exit status (0 after a clean stop). */
int server_main(const struct config *cfg, int debug);

#endif
