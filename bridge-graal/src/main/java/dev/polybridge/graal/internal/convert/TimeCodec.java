package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.graalvm.polyglot.Value;

/**
 * {@code java.time} both ways.
 *
 * <p>Python: {@code Instant}, {@code ZonedDateTime} and {@code OffsetDateTime} become aware {@code
 * datetime}s with a fixed UTC offset; {@code LocalDateTime} a naive {@code datetime}; {@code
 * LocalDate} a {@code date}; {@code LocalTime} a {@code time}; {@code Duration} a {@code
 * timedelta}. Back, a naive datetime is refused as {@code Instant} (it has no zone).
 *
 * <p>JavaScript has only instants ({@code Date}): {@code Instant}, {@code ZonedDateTime} and {@code
 * OffsetDateTime} become a {@code Date}; {@code LocalDate}, {@code LocalTime} and {@code
 * LocalDateTime} become ISO-8601 strings ({@code "2024-05-01"}), as JSON carries them; a {@code
 * Duration} becomes a number of milliseconds. Back, ISO strings and Dates are accepted.
 */
final class TimeCodec implements Codec {
  // ---- Java to guest ----

  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (type == Instant.class) {
      return (v, c, p) -> c.support().instant(((Instant) v).atOffset(ZoneOffset.UTC));
    }
    if (type == ZonedDateTime.class) {
      return (v, c, p) -> c.support().instant(((ZonedDateTime) v).toOffsetDateTime());
    }
    if (type == OffsetDateTime.class) {
      return (v, c, p) -> c.support().instant((OffsetDateTime) v);
    }
    if (type == LocalDateTime.class) {
      return (v, c, p) -> c.support().localDateTime((LocalDateTime) v);
    }
    if (type == LocalDate.class) {
      return (v, c, p) -> c.support().localDate((LocalDate) v);
    }
    if (type == LocalTime.class) {
      return (v, c, p) -> c.support().localTime((LocalTime) v);
    }
    if (type == Duration.class) {
      return (v, c, p) -> c.support().duration((Duration) v);
    }
    return null;
  }

  // ---- guest to Java ----

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw == Instant.class) {
      return time(
          type,
          Instant::parse,
          v -> {
            if (v.isInstant()) {
              return v.asInstant();
            }
            return v.isDate() && v.isTime() ? NAIVE : null;
          });
    }
    if (raw == ZonedDateTime.class) {
      return time(
          type,
          ZonedDateTime::parse,
          v -> {
            if (v.isDate() && v.isTime() && v.isTimeZone()) {
              // normalized(): a fixed offset is a ZoneOffset (+02:00), not a region "UTC+02:00".
              return ZonedDateTime.of(v.asDate(), v.asTime(), v.asTimeZone().normalized());
            }
            return v.isDate() && v.isTime() ? NAIVE : null;
          });
    }
    if (raw == OffsetDateTime.class) {
      return time(
          type,
          OffsetDateTime::parse,
          v -> {
            if (v.isDate() && v.isTime() && v.isTimeZone()) {
              return ZonedDateTime.of(v.asDate(), v.asTime(), v.asTimeZone()).toOffsetDateTime();
            }
            return v.isDate() && v.isTime() ? NAIVE : null;
          });
    }
    if (raw == LocalDateTime.class) {
      return time(
          type,
          LocalDateTime::parse,
          v -> v.isDate() && v.isTime() ? LocalDateTime.of(v.asDate(), v.asTime()) : null);
    }
    if (raw == LocalDate.class) {
      return time(type, LocalDate::parse, v -> v.isDate() && !v.isTime() ? v.asDate() : null);
    }
    if (raw == LocalTime.class) {
      return time(type, LocalTime::parse, v -> v.isTime() && !v.isDate() ? v.asTime() : null);
    }
    if (raw == Duration.class) {
      return (v, c, p) -> {
        if (v.isNull()) {
          return null;
        }
        if (v.isDuration()) {
          return v.asDuration();
        }
        Duration d = c.support().durationOf(v);
        if (d != null) {
          return d;
        }
        throw Failures.fail(v, c, type, p, "it is not " + c.support().durationForm());
      };
    }
    return null;
  }

  /** Marks a date-time without a zone asked for as an instant. */
  private static final Object NAIVE = new Object();

  private static Decoder time(
      Type type, Function<String, Object> parse, Function<Value, Object> fromGuest) {
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (v.isString()) {
        try {
          return parse.apply(v.asString());
        } catch (DateTimeParseException e) {
          throw Failures.fail(v, c, type, p, "it is not an ISO-8601 text of that type");
        }
      }
      Object result = fromGuest.apply(v);
      if (result == NAIVE) {
        throw Failures.fail(
            v, c, type, p, "it has no time zone; ask for LocalDateTime, or give it a tzinfo");
      }
      if (result == null) {
        throw Failures.fail(v, c, type, p, "it is not a date or time of that kind");
      }
      return result;
    };
  }
}
