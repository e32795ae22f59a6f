package com.serviceguardrails.jira.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;

/**
 * Atlassian's Active Objects facade over the real ORM ({@code net.java.ao}) and a real embedded HSQLDB database,
 * as Jira's AO plugin puts it over Jira's database. {@link #otherNode()} opens a second, independent entity
 * manager on the same database: a second Data Center node. The {@link ActiveObjects} handed to the code under test
 * is a Mockito mock that delegates to this class, not an implementation of it, so this double does not depend on the
 * stub declaring only 8 of the real interface's methods and still compiles against the real AO jar (a method it does
 * not have fails only when called).
 */
public final class EmbeddedActiveObjects implements AutoCloseable {
    private final String url;
    private final EntityManager manager;
    private final ActiveObjects facade = mock(ActiveObjects.class, delegatesTo(this));

    private EmbeddedActiveObjects(String url) {
        this.url = url;
        // the naming Jira's AO plugin uses: AO_<hash>_LEDGER tables, AT_MILLIS columns, AO index/unique names
        this.manager = EntityManagerBuilder.url(url).username("sa").password("").auto()
                .tableNameConverter(new AtlassianTableNameConverter(table -> "AO_5E4C1A_" + table))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    /** A fresh in-memory database of its own. */
    public static EmbeddedActiveObjects freshDatabase() {
        return new EmbeddedActiveObjects("jdbc:hsqldb:mem:guardrails-" + UUID.randomUUID());
    }

    public EmbeddedActiveObjects otherNode() {
        return new EmbeddedActiveObjects(url);
    }

    /** The Active Objects facade to hand to the code under test. */
    public ActiveObjects activeObjects() {
        return facade;
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> { manager.migrate(entities); return null; });
    }

    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> manager.create(type, params));
    }

    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> manager.create(type, params));
    }

    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> manager.find(type, query));
    }

    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> manager.find(type, criteria, parameters));
    }

    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> manager.count(type, query));
    }

    public void delete(RawEntity<?>... entities) {
        sql(() -> { manager.delete(entities); return null; });
    }

    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        AtomicReference<T> result = new AtomicReference<>();
        sql(() -> new Transaction<Void>(manager) {
            @Override
            protected Void run() {
                result.set(callback.doInTransaction());
                return null;
            }
        }.execute());
        return result.get();
    }

    @Override
    public void close() {
        manager.getProvider().dispose();
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** Jira's facade throws unchecked exceptions; so does this one. */
    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
