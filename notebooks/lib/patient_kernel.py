"""A Jupyter kernel manager that hands over the Java kernel only once it answers.

rapaio-jupyter-kernel 3.0.1 sometimes never answers after it starts, in two ways seen here:
  - it binds its shell socket before it registers its message handlers, and a message arriving in
    between kills its shell thread (NullPointerException in Channels.getHandler); nbconvert sends
    kernel_info_request as soon as the kernel process exists, so it runs into this on a busy machine;
  - now and then its shell loop thread is simply gone after start-up, with nothing logged.
Either way nbconvert waits out its startup timeout and fails with "Kernel didn't respond" (about one
start in three on a loaded two-core machine). This manager waits until the kernel listens on its shell
port and a moment more (so the first message comes after the handlers exist), then asks it for its
kernel info itself; a kernel that does not answer is killed and started again, on fresh ports. The
client that got the answer is the one nbconvert then uses: the kernel serves the first client that
reaches its shell socket and ignores any later one.

run-notebooks.sh uses it: --ExecutePreprocessor.kernel_manager_class=patient_kernel.PatientKernelManager
"""
import asyncio
import time

from jupyter_client.manager import AsyncKernelManager

LISTEN = "0A"  # TCP state LISTEN in /proc/net/tcp
SETTLE_SECONDS = 2.0
LISTEN_WAIT_SECONDS = 60.0
ANSWER_SECONDS = 20.0
STARTS = 4


def _listening(port):
    """True when something listens on the port, False when not, None when /proc cannot tell."""
    hex_port = "%04X" % port
    try:
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if fields[1].endswith(":" + hex_port) and fields[3] == LISTEN:
                        return True
    except OSError:
        return None
    return False


class PatientKernelManager(AsyncKernelManager):
    _answered = None  # the client that got the kernel's answer, handed out by client()

    async def start_kernel(self, **kw):
        for start in range(1, STARTS + 1):
            await super().start_kernel(**kw)
            await self._settle()
            self._answered = await self._answering_client()
            if self._answered is not None:
                return
            self.log.warning("the kernel did not answer (start %d of %d); starting it again", start, STARTS)
            await self.shutdown_kernel(now=True, restart=True)  # restart=True keeps the zmq context
            self.cleanup_connection_file()
            self.shell_port = self.iopub_port = self.stdin_port = self.hb_port = self.control_port = 0  # fresh ports
        raise RuntimeError("Kernel didn't respond after %d starts" % STARTS)

    def client(self, **kwargs):
        answered, self._answered = self._answered, None
        return answered if answered is not None else super().client(**kwargs)

    async def _settle(self):
        deadline = time.monotonic() + LISTEN_WAIT_SECONDS
        while time.monotonic() < deadline:
            state = _listening(self.shell_port)
            if state is None:
                await asyncio.sleep(5 * SETTLE_SECONDS)
                return
            if state:
                break
            await asyncio.sleep(0.2)
        await asyncio.sleep(SETTLE_SECONDS)

    async def _answering_client(self):
        client = super().client()
        client.start_channels(hb=False)  # the heartbeat thread starts when nbconvert starts the channels
        try:
            await client.wait_for_ready(timeout=ANSWER_SECONDS)
            return client
        except RuntimeError:
            client.stop_channels()
            return None
