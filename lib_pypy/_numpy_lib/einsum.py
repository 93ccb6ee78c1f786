"""np.einsum: Einstein summation composed from array operations.  A
label repeated within an operand is a diagonal (a strided view), a label
of one operand alone that the output lacks is summed at once, and the
operands are combined two at a time: by tensordot when they share only
labels summed away, else by a broadcast multiply then a sum."""

import numpy as np
from numpy.lib.stride_tricks import as_strided

LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def einsum(*operands, out=None, dtype=None, order='K', casting='safe',
           optimize=False):
    subscripts, operands = subscripts_and_operands(operands)
    operands = [np.asarray(op) if dtype is None else np.asarray(op, dtype)
                for op in operands]
    inputs, output = parse_subscripts(subscripts, operands)
    terms = []
    for k, (labels, op) in enumerate(zip(inputs, operands)):
        op, labels = collapse_repeated(op, labels,
                                       'single operand' if len(operands) == 1
                                       else 'operand %d' % k)
        terms.append((op, labels))
    result, labels = contract(terms, output)
    result = result.transpose([labels.index(label) for label in output])
    if out is not None:
        out[...] = result
        return out
    return result[()] if result.ndim == 0 else result


def subscripts_and_operands(args):
    """The subscripts string and the operands, from einsum's string form
    or its interleaved form (op0, sublist0, op1, sublist1, ..., [out])."""
    if not args:
        raise ValueError("must specify the einstein sum subscripts string "
                         "and at least one operand, or at least one operand "
                         "and its corresponding subscripts list")
    if isinstance(args[0], str):
        return args[0], list(args[1:])
    if len(args) < 2:
        raise ValueError("must provide at least an operand and a subscripts "
                         "list to einsum")
    operands = list(args[0:len(args) - len(args) % 2:2])
    terms = [sublist_text(sub) for sub in args[1::2]]
    subscripts = ','.join(terms)
    if len(args) % 2:
        subscripts += '->' + sublist_text(args[-1])
    return subscripts, operands


def sublist_text(sublist):
    text = ''
    for item in sublist:
        if item is Ellipsis:
            text += '...'
        elif 0 <= item < len(LETTERS):
            text += LETTERS[item]
        else:
            raise ValueError("subscript is not within the valid range "
                             "[0, 52)")
    return text


def parse_term(term, where):
    """The labels of one term, '...' standing for the ellipsis."""
    labels = []
    i = 0
    while i < len(term):
        c = term[i]
        if c == '.':
            if term[i:i + 3] != '...' or '...' in labels:
                raise ValueError("einstein sum subscripts string contains a "
                                 "'.' that is not part of an ellipsis "
                                 "('...') in %s" % where)
            labels.append('...')
            i += 3
            continue
        if c != ' ':
            if c not in LETTERS:
                raise ValueError("invalid subscript '%s' in einstein sum "
                                 "subscripts string, subscripts must be "
                                 "letters" % c)
            labels.append(c)
        i += 1
    return labels


def parse_subscripts(subscripts, operands):
    """(labels of each operand, labels of the output): the ellipsis
    replaced by one label per broadcast dimension ('0', '1', ...,
    aligned on the right), the implicit output filled in."""
    if '->' in subscripts:
        in_text, out_text = subscripts.split('->', 1)
    elif '-' in subscripts or '>' in subscripts:
        raise ValueError("einstein sum subscript string does not contain "
                         "proper '->' output specified"
                         if '-' in subscripts else
                         "invalid subscript '>' in einstein sum subscripts "
                         "string, subscripts must be letters")
    else:
        in_text, out_text = subscripts, None
    terms = in_text.split(',')
    # (NumPy's messages name the opposite of the mismatch)
    if len(terms) > len(operands):
        raise ValueError("more operands provided to einstein sum function "
                         "than specified in the subscripts string")
    if len(terms) < len(operands):
        raise ValueError("fewer operands provided to einstein sum function "
                         "than specified in the subscripts string")
    inputs = []
    ellipsis_ndim = 0
    for k, (term, op) in enumerate(zip(terms, operands)):
        labels = parse_term(term, 'operand %d' % k)
        letters = len(labels) - labels.count('...')
        if letters > op.ndim:
            raise ValueError("einstein sum subscripts string contains too "
                             "many subscripts for operand %d" % k)
        if '...' not in labels and letters < op.ndim:
            raise ValueError("operand has more dimensions than subscripts "
                             "given in einstein sum, but no '...' ellipsis "
                             "provided to broadcast the extra dimensions.")
        ellipsis_ndim = max(ellipsis_ndim, op.ndim - letters)
        inputs.append(labels)
    broadcast = [str(k) for k in range(ellipsis_ndim)]
    for k, op in enumerate(operands):
        labels = inputs[k]
        if '...' in labels:
            n = op.ndim - (len(labels) - 1)
            at = labels.index('...')
            labels[at:at + 1] = broadcast[ellipsis_ndim - n:]
    if out_text is None:
        counts = {}
        for labels in inputs:
            for label in labels:
                counts[label] = counts.get(label, 0) + 1
        return inputs, broadcast + sorted(
            label for label in counts
            if counts[label] == 1 and label not in broadcast)
    output = parse_term(out_text, 'the output')
    if '...' in output:
        at = output.index('...')
        output[at:at + 1] = broadcast
    elif broadcast:
        raise ValueError("output has more dimensions than subscripts given "
                         "in einstein sum, but no '...' ellipsis provided "
                         "to broadcast the extra dimensions.")
    for label in output:
        if output.count(label) > 1:
            raise ValueError("einstein sum subscripts string includes output "
                             "subscript '%s' multiple times" % label)
        if not any(label in labels for labels in inputs):
            raise ValueError("einstein sum subscripts string included output "
                             "subscript '%s' which never appeared in an "
                             "input" % label)
    return inputs, output


def collapse_repeated(op, labels, where):
    """A label repeated within an operand takes its diagonal: one axis
    whose stride is the sum of the repeated axes' strides."""
    shape, strides, kept = [], [], []
    for axis, label in enumerate(labels):
        if label in kept:
            at = kept.index(label)
            if shape[at] != op.shape[axis]:
                raise ValueError("dimensions in %s for collapsing index '%s' "
                                 "don't match (%d != %d)" % (
                                     where, label, shape[at],
                                     op.shape[axis]))
            strides[at] += op.strides[axis]
        else:
            kept.append(label)
            shape.append(op.shape[axis])
            strides.append(op.strides[axis])
    if len(kept) == len(labels):
        return op, labels
    return as_strided(op, tuple(shape), tuple(strides)), kept


def summed_away(op, labels, needed):
    """op summed over its labels not in `needed`."""
    axes = tuple(k for k, label in enumerate(labels) if label not in needed)
    if not axes:
        return op, labels
    return (op.sum(axis=axes, dtype=op.dtype),
            [label for label in labels if label in needed])


def contract(terms, output):
    """The operands combined into one, with its labels: those of the
    output."""
    def needed_after(k):
        needed = set(output)
        for _, labels in terms[k + 1:]:
            needed.update(labels)
        return needed
    op, labels = terms[0]
    op, labels = summed_away(op, labels, needed_after(0))
    for k in range(1, len(terms)):
        other, other_labels = terms[k]
        needed = needed_after(k)
        other, other_labels = summed_away(other, other_labels,
                                          needed | set(labels))
        op, labels = combine(op, labels, other, other_labels, needed)
    return summed_away(op, labels, set(output))


def combine(a, la, b, lb, needed):
    """The product of a and b summed over the labels not needed later."""
    shared = [label for label in la if label in lb]
    if shared and not any(label in needed for label in shared) and \
            all(a.shape[la.index(label)] == b.shape[lb.index(label)]
                for label in shared):
        result = np.tensordot(a, b, ([la.index(label) for label in shared],
                                     [lb.index(label) for label in shared]))
        return result, [label for label in la if label not in shared] + \
            [label for label in lb if label not in shared]
    labels = la + [label for label in lb if label not in la]
    product = aligned(a, la, labels) * aligned(b, lb, labels)
    return summed_away(product, labels, needed)


def aligned(op, op_labels, labels):
    """op with its axes in the order of `labels`, length 1 for the labels
    it lacks, ready to broadcast."""
    present = [label for label in labels if label in op_labels]
    op = op.transpose([op_labels.index(label) for label in present])
    return op.reshape(tuple(op.shape[present.index(label)]
                            if label in present else 1 for label in labels))
