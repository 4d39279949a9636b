# Richards' OS-kernel simulation: a scheduler switching task objects (methods, attributes).
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
DEVICE_PACKET, WORK_PACKET = 1000, 1001
BUFFER_SIZE = 4
# Task state bits: a packet is queued, the task waits for one, the task is held.
HAS_PACKET, WAITING, HELD = 1, 2, 4
ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of queue (None = empty); returns the queue."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue, state):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.next = kernel.tasks_head
        kernel.tasks_head = self
        kernel.table[ident] = self

    def runnable(self):
        return self.state & HELD == 0 and self.state != WAITING

    def take_packet(self):
        """The packet this task runs with, if it was waiting and one arrived."""
        if self.state != WAITING | HAS_PACKET:
            return None
        packet = self.queue
        self.queue = packet.link
        self.state = HAS_PACKET if self.queue is not None else 0
        return packet


class IdleTask(Task):
    def __init__(self, kernel, count):
        super().__init__(kernel, IDLE, 0, None, 0)
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.kernel.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.kernel.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, queue):
        super().__init__(kernel, WORKER, 1000, queue, WAITING | HAS_PACKET)
        self.handler = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.kernel.wait_current()
        self.handler = HANDLER_A + HANDLER_B - self.handler
        packet.dest = self.handler
        packet.count = 0
        for i in range(BUFFER_SIZE):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            packet.data[i] = ALPHABET[self.letter]
        return self.kernel.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue, WAITING | HAS_PACKET)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count >= BUFFER_SIZE:
                self.work = work.link
                return self.kernel.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.count = work.data[work.count]
                work.count += 1
                return self.kernel.send(device)
        return self.kernel.wait_current()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        super().__init__(kernel, ident, priority, None, WAITING)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.kernel.wait_current()
            packet, self.pending = self.pending, None
            return self.kernel.send(packet)
        self.pending = packet
        return self.kernel.hold_current()


class Kernel:
    def __init__(self):
        self.tasks_head = None
        self.table = [None] * 7
        self.current = None
        self.sent = 0
        self.holds = 0

    def hold_current(self):
        self.holds += 1
        self.current.state |= HELD
        return self.current.next

    def wait_current(self):
        self.current.state |= WAITING
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.state &= ~HELD
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        """Queues packet for its destination; the packet now names its sender."""
        task = self.table[packet.dest]
        self.sent += 1
        packet.link = None
        packet.dest = self.current.ident
        if task.queue is None:
            task.queue = packet
            task.state |= HAS_PACKET
            if task.priority > self.current.priority:
                return task
        else:
            task.queue = packet.append_to(task.queue)
        return self.current

    def schedule(self):
        task = self.tasks_head
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.run(task.take_packet())
            else:
                task = task.next


def richards(count):
    kernel = Kernel()
    IdleTask(kernel, count)
    queue = Packet(Packet(None, 0, WORK_PACKET), 0, WORK_PACKET)
    WorkerTask(kernel, queue)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, DEVICE_PACKET)
        HandlerTask(kernel, handler, priority, queue)
    DeviceTask(kernel, DEVICE_A, 4000)
    DeviceTask(kernel, DEVICE_B, 5000)
    kernel.schedule()
    return kernel.sent, kernel.holds


for _ in range(18):
    result = richards(10000)
print(result, "ok" if result == (23246, 9297) else "WRONG")
