package org.unspin.spark;

import java.util.Iterator;
import java.util.function.Function;

/** A partition's elements each through a function, computed when asked for (a partition is an {@link Iterator}). */
final class MappedIterator<A, B> implements Iterator<B> {

    private final Iterator<A> source;
    private final Function<? super A, ? extends B> f;

    private MappedIterator(Iterator<A> source, Function<? super A, ? extends B> f) {
        this.source = source;
        this.f = f;
    }

    static <A, B> Iterator<B> map(Iterator<A> source, Function<? super A, ? extends B> f) {
        return new MappedIterator<>(source, f);
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public B next() {
        return f.apply(source.next());
    }
}
