"""A small stack virtual machine: an assembler turns text with labels
into a list of (opcode, argument) tuples and a dispatch loop of if/elif
runs it, with a data stack, local variables and calls.  The program
counts the Collatz steps of 1..n with a called function and returns the
total and the start with the most steps.  main(n) returns (total steps,
best start, instructions executed)."""

PROGRAM = """
        push 0
        store total
        push 0
        store best
        push 0
        store best_steps
        push 1
        store i
loop:   load i
        load n
        gt
        jumpif end
        load i
        call collatz
        dup
        load total
        add
        store total
        dup
        load best_steps
        gt
        jumpif better
        pop
        jump next
better: store best_steps
        load i
        store best
next:   load i
        push 1
        add
        store i
        jump loop
end:    load total
        load best
        halt

collatz:                      # (x -- steps)
        store x
        push 0
        store steps
c_loop: load x
        push 1
        gt
        not
        jumpif c_end
        load steps
        push 1
        add
        store steps
        load x
        push 2
        mod
        jumpif odd
        load x
        push 2
        div
        store x
        jump c_loop
odd:    load x
        push 3
        mul
        push 1
        add
        store x
        jump c_loop
c_end:  load steps
        ret
"""


def assemble(text):
    """Return the list of (opcode, argument) of text; labels become
    instruction indexes, numbers ints, other arguments stay names."""
    lines = []
    labels = {}
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if ":" in line:
            label, line = line.split(":", 1)
            labels[label.strip()] = len(lines)
            line = line.strip()
        if line:
            lines.append(line.split())
    code = []
    for parts in lines:
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None:
            if arg in labels:
                arg = labels[arg]
            elif arg.lstrip("-").isdigit():
                arg = int(arg)
        code.append((parts[0], arg))
    return code


def run(code, variables):
    stack = []
    frames = []           # (return address, caller's variables)
    pc = 0
    executed = 0
    while True:
        op, arg = code[pc]
        pc += 1
        executed += 1
        if op == "load":
            stack.append(variables[arg])
        elif op == "store":
            variables[arg] = stack.pop()
        elif op == "push":
            stack.append(arg)
        elif op == "add":
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == "mul":
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == "div":
            b = stack.pop()
            stack.append(stack.pop() // b)
        elif op == "mod":
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == "gt":
            b = stack.pop()
            stack.append(1 if stack.pop() > b else 0)
        elif op == "not":
            stack.append(0 if stack.pop() else 1)
        elif op == "jump":
            pc = arg
        elif op == "jumpif":
            if stack.pop():
                pc = arg
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "pop":
            stack.pop()
        elif op == "call":
            frames.append((pc, variables))
            variables = {}
            pc = arg
        elif op == "ret":
            pc, variables = frames.pop()
        elif op == "halt":
            return stack, executed
        else:
            raise ValueError("unknown opcode %r" % op)


def main(n):
    code = assemble(PROGRAM)
    stack, executed = run(code, {"n": n})
    total, best = stack
    return total, best, executed


SIZE = 3000
QUICK_SIZE = 1000

if __name__ == "__main__":
    assert main(30) == (441, 27, 9145), main(30)
    print("OK")
