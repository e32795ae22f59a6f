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

/**
 * Atlassian's Active Objects facade over the real ORM ({@code net.java.ao}) and a real embedded HSQLDB database,
 * as Jira's AO plugin puts it over Jira's database. {@link #otherNode()} opens a second, independent entity
 * manager on the same database: a second Data Center node.
 */
public final class EmbeddedActiveObjects implements ActiveObjects, AutoCloseable {
    private final String url;
    private final EntityManager manager;

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

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> { manager.migrate(entities); return null; });
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> manager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> manager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> manager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> manager.find(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> manager.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> { manager.delete(entities); return null; });
    }

    @Override
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
