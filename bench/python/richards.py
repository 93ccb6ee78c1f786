"""A Richards-like operating-system simulation: a scheduler runs the
highest-priority ready task; an idle task wakes two device tasks in turn,
workers fill packets and hand them to handlers, handlers pass them to the
devices, which send them back.  Tasks are small classes with a run()
method; packets travel in linked queues.  main(n) returns the counts of
packets each kind of task handled, and the scheduler's number of switches."""


class Packet:
    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        """Return queue (a packet or None) with self appended at its end."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue          # packets waiting for this task
        self.waiting = queue is None
        self.held = False
        self.handled = 0

    def ready(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            self.handled += 1
        return packet

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, count):
        Task.__init__(self, scheduler, ident, 0, None)
        self.waiting = False
        self.count = count
        self.control = 1

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        # A pseudo-random bit picks the device to wake.
        if self.control & 1:
            self.control = (self.control >> 1) ^ 0xD008
            return self.scheduler.release(DEVICE_B)
        self.control >>= 1
        return self.scheduler.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, queue):
        Task.__init__(self, scheduler, ident, 1000, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.destination = self.destination
        packet.datum = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work = None            # work packets to fill
        self.devices = None         # device packets to send them with

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.datum < 4:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.datum = work.data[work.datum]
                    work.datum += 1
                    return self.scheduler.send(device)
            else:
                self.work = work.link
                return self.scheduler.send(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.scheduler.wait()
            self.pending = None
            return self.scheduler.send(pending)
        # Hold the packet until the idle task wakes this device again,
        # then run (waiting or not) to send it back.
        self.pending = packet
        self.waiting = False
        return self.scheduler.hold_self()


IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK, DEVICE = 0, 1


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.current = None
        self.switches = 0

    def add(self, task):
        self.tasks.append(task)
        # Highest priority first; the list is tiny, so a sort is fine.
        self.tasks.sort(key=lambda t: -t.priority)

    def task(self, ident):
        for t in self.tasks:
            if t.ident == ident:
                return t
        raise KeyError(ident)

    def run(self):
        while True:
            for task in self.tasks:
                if task.ready():
                    break
            else:
                return
            self.current = task
            self.switches += 1
            task.run(task.take_packet())

    # The task operations return nothing; they change the tasks' states.
    def wait(self):
        self.current.waiting = True

    def hold_self(self):
        self.current.held = True

    def release(self, ident):
        self.task(ident).held = False

    def send(self, packet):
        target = self.task(packet.destination)
        packet.destination = self.current.ident
        target.queue = packet.append_to(target.queue)


def main(n):
    scheduler = Scheduler()
    scheduler.add(IdleTask(scheduler, IDLE, n))
    work = None
    for _ in range(2):
        work = Packet(work, WORKER, WORK)
    scheduler.add(WorkerTask(scheduler, WORKER, work))
    for ident, priority in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
        devices = None
        for _ in range(3):
            devices = Packet(devices, DEVICE_A + ident - HANDLER_A, DEVICE)
        scheduler.add(HandlerTask(scheduler, ident, priority, devices))
    for ident, priority in ((DEVICE_A, 4000), (DEVICE_B, 5000)):
        device = DeviceTask(scheduler, ident, priority)
        device.held = True
        scheduler.add(device)
    scheduler.run()
    return tuple(scheduler.task(i).handled for i in range(6)) + (scheduler.switches,)


SIZE = 200000
QUICK_SIZE = 50000

if __name__ == "__main__":
    assert main(1000) == (0, 125, 313, 310, 248, 246, 3227), main(1000)
    print("OK")
