package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

// Checked: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html (public interface ClusterLock extends Lock)
public interface ClusterLock extends Lock {
}
