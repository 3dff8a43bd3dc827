package se.arshjul.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh plan year per test, so that tests sharing one database never create the same
 * document twice.
 */
public final class TestYears {

	private static final AtomicInteger next = new AtomicInteger(2030);

	private TestYears() {
	}

	public static int next() {
		return next.getAndIncrement();
	}

}
