package se.arshjul.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh plan year per test, so that tests sharing one database never create the same
 * document twice.
 */
public final class TestYears {

	private static final AtomicInteger next = new AtomicInteger(2030);

	private static final AtomicInteger past = new AtomicInteger(2001);

	private TestYears() {
	}

	public static int next() {
		return next.getAndIncrement();
	}

	/** A fresh plan year long past: every due date of its cycle has gone by. */
	public static int past() {
		return past.getAndIncrement();
	}

}
